class Point:
    def __init__(self, x):
        self.x = x

class Bad:
    __match_args__ = ["x"]

def try_it(subject, k):
    try:
        match subject:
            case Point(1) if k == 0:
                pass
            case Bad(1) if k == 1:
                pass
            case int(1, 2) if k == 2:
                pass
    except Exception as e:
        print(type(e).__name__, e)

try_it(Point(1), 0)
try_it(Bad(), 1)
try_it(5, 2)

def body_error(v):
    match v:
        case [x]:
            return 1 / x
body_error([0])
