"""Write the small intersphinx inventories that ``docs/conf.py`` reads instead of fetching.

CI builds the documentation without network, so intersphinx cannot download the inventories
of Python, attrs and pluggy. Each file written here is a Sphinx version 2 inventory (the format
of ``objects.inv``, see ``sphinx.util.inventory``) holding only the external objects that our
pages and docstrings refer to, with their real addresses in the official documentation; the
links in the built pages therefore point at the online docs.

When ``sphinx-build -n`` reports ``reference target not found`` for an object of one of these
projects, add its line to the table below, run ``python docs/_inventories/make_inventories.py``
and commit the regenerated ``.inv`` files.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# An entry: (full name, "domain:type" as in the project's own inventory, address relative to
# the base URL given in docs/conf.py's intersphinx_mapping). The types must be those the
# project's docs really use (json.dumps is a py:function, ValueError a py:exception), since
# a :class: reference only matches py:class and py:exception entries.
Entry = tuple[str, str, str]


def _python_entries() -> list[Entry]:
    lib = "library/"
    entries: list[Entry] = [
        ("None", "py:data", lib + "constants.html#None"),
        ("collections.abc.Callable", "py:class", lib + "collections.abc.html#$"),
        ("collections.abc.Collection", "py:class", lib + "collections.abc.html#$"),
        ("collections.abc.Iterable", "py:class", lib + "collections.abc.html#$"),
        ("collections.abc.Iterator", "py:class", lib + "collections.abc.html#$"),
        ("collections.abc.Mapping", "py:class", lib + "collections.abc.html#$"),
        ("collections.abc.Sequence", "py:class", lib + "collections.abc.html#$"),
        ("datetime.date", "py:class", lib + "datetime.html#$"),
        ("datetime.datetime", "py:class", lib + "datetime.html#$"),
        ("functools.partial", "py:function", lib + "functools.html#$"),
        ("importlib.metadata.EntryPoint", "py:class", lib + "importlib.metadata.html#$"),
        ("json.dumps", "py:function", lib + "json.html#$"),
        ("os._exit", "py:function", lib + "os.html#$"),
        ("os.environ", "py:data", lib + "os.html#$"),
        ("os.process_cpu_count", "py:function", lib + "os.html#$"),
        ("pathlib.Path", "py:class", lib + "pathlib.html#$"),
        ("signal.setitimer", "py:function", lib + "signal.html#$"),
        ("typing.Any", "py:data", lib + "typing.html#$"),
        ("typing.Literal", "py:data", lib + "typing.html#$"),
        ("typing.Protocol", "py:class", lib + "typing.html#$"),
    ]
    # Built-in types in signatures: without an inventory Sphinx leaves them as plain text.
    # Python documents some with the built-in functions, the others with the standard types.
    for name in ("bool", "float", "int", "object", "type"):
        entries.append((name, "py:class", lib + "functions.html#$"))
    for name in ("bytes", "dict", "frozenset", "list", "str", "tuple"):
        entries.append((name, "py:class", lib + "stdtypes.html#$"))
    for name in ("BaseException", "Exception", "TypeError", "UserWarning", "ValueError"):
        entries.append((name, "py:exception", lib + "exceptions.html#$"))
    return entries


ATTRS: list[Entry] = [
    ("attrs.evolve", "py:function", "api.html#$"),
]

PLUGGY: list[Entry] = [
    ("pluggy.PluginManager", "py:class", "api_reference.html#$"),
    ("pluggy.PluginManager.set_blocked", "py:method", "api_reference.html#$"),
    # autodoc names a class in a signature by the module that defines it, so
    # ``-> pluggy.PluginManager`` becomes this private path; it links to the public entry.
    ("pluggy._manager.PluginManager", "py:class", "api_reference.html#pluggy.PluginManager"),
]


def inventory(project: str, version: str, entries: list[Entry]) -> bytes:
    """The bytes of a version 2 inventory listing ``entries``.

    A ``$`` ending an address stands for the object's name, as in Sphinx's own inventories.

    >>> data = inventory("demo", "1", [("demo.f", "py:function", "api.html#$")])
    >>> data.splitlines()[1]
    b'# Project: demo'
    >>> zlib.decompress(data.split(b"zlib.\\n", 1)[1])
    b'demo.f py:function 1 api.html#$ -\\n'
    """
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    # Priority 1 is what Sphinx gives ordinary objects; "-" means "display the name itself".
    body = "".join(f"{name} {kind} 1 {uri} -\n" for name, kind, uri in sorted(entries))
    return header.encode() + zlib.compress(body.encode(), 9)


def main() -> None:
    # Versions name the documentation the links go to (docs.python.org/3, .../en/stable).
    files = {
        "python.inv": inventory("Python", "3", _python_entries()),
        "attrs.inv": inventory("attrs", "stable", ATTRS),
        "pluggy.inv": inventory("pluggy", "stable", PLUGGY),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
