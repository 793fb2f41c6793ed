"""The pull request's feature: split a request's texts into batches the model takes at once."""


def batches(texts: list[str], size: int = 16) -> list[list[str]]:
    return [texts[i : i + size] for i in range(0, len(texts), size)]
