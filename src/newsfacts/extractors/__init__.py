"""The built-in extractors, each an ordinary plugin module registered like a third party's."""
