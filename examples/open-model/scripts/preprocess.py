"""Data pipeline for the Heron corpus: deduplicate, filter by language and quality (example)."""


def keep(document: str) -> bool:
    return len(document.split()) > 20


if __name__ == "__main__":
    print("preprocessing")
