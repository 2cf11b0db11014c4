# json.dump / json.load with files
import json

data = {"name": "ouro", "list": [1, 2, {"k": None}], "float": 0.5, "text": "é\n"}
with open("data.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open("data.json") as f:
    print(f.read())
with open("data.json") as f:
    print(json.load(f) == data)
with open("compact.json", "w") as f:
    json.dump([1, "two", 3.0], f, separators=(",", ":"), ensure_ascii=False)
    f.write("\n")
with open("compact.json") as f:
    text = f.read()
    print(repr(text))
with open("compact.json") as f:
    print(json.load(f, parse_int=str))
with open("bad.json", "w") as f:
    f.write('{"a": 1,\n "b": }\n')
try:
    with open("bad.json") as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.lineno, e.colno)
with open("hook.json", "w") as f:
    json.dump({"x": 1, "y": 2}, f)
with open("hook.json") as f:
    print(json.load(f, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
