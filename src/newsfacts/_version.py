"""The version of newsfacts, read by the build backend and by :data:`newsfacts.__version__`."""

__version__ = "0.1.0.dev0"
