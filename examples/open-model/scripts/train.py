"""Training entry point for Heron-1B (example)."""
import yaml


def main(config_path: str = "configs/train.yaml") -> None:
    with open(config_path) as fh:
        config = yaml.safe_load(fh)
    print("training with", config)


if __name__ == "__main__":
    main()
