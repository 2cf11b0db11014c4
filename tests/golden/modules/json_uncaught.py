# An uncaught JSONDecodeError is reported as json.decoder.JSONDecodeError
import json


def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise json.JSONDecodeError(e.msg, e.doc, e.pos) from None


print(parse("[1, 2]"))
parse('{"key": tru}')
