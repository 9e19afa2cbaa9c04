"""Evaluation on Heron Eval (example)."""

if __name__ == "__main__":
    print("evaluating")
