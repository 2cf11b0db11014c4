# An exception kept in a local variable of the frame that caught it forms a
# cycle: exception -> traceback -> frame -> locals -> exception. Only the
# cycle collector frees it (exception, its args tuple, traceback, frame).
import gc
import sys

gc.collect()

def keep_error():
    try:
        raise ValueError("kept")
    except ValueError as e:
        err = e

keep_error()
print("collected:", gc.collect())

def drop_error():
    try:
        raise ValueError("dropped")
    except ValueError as e:
        pass

drop_error()
print("collected:", gc.collect())

def keep_in_list():
    saved = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            saved.append(e)

keep_in_list()
print("collected:", gc.collect())

class Noisy:
    def __del__(self):
        print("Noisy freed")

def with_noisy():
    n = Noisy()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e

with_noisy()
print("after call")
print("collected:", gc.collect())

# Breaking the cycle by hand: frees everything at once.
def broken():
    n = Noisy()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    del err

broken()
print("collected:", gc.collect())

def sizes():
    try:
        raise ValueError
    except ValueError as e:
        return sys.getsizeof(e.__traceback__), gc.is_tracked(e.__traceback__)

print(sizes())
