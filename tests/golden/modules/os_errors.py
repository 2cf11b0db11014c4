import os

os.mkdir("d")
cases = [
    lambda: os.remove("missing.txt"),
    lambda: os.rmdir("missing"),
    lambda: os.listdir("missing"),
    lambda: os.mkdir("d"),
    lambda: os.rename("missing", "other"),
    lambda: os.remove("d"),
    lambda: os.path.getsize("missing"),
]
for case in cases:
    try:
        case()
    except OSError as e:
        print(type(e).__name__, isinstance(e, OSError), e)
os.rmdir("d")
try:
    os.mkdir("x/y/z")
except FileNotFoundError as e:
    print("caught:", e)
os.remove("no_such_file.txt")
