# bin/oct/hex/round/range use __index__ of user objects
class Seven:
    def __index__(self):
        return 7
s = Seven()
print(bin(s), oct(s), hex(s))
print(list(range(3))[True], [1, 2, 3][False], "abc"[True])
print(divmod(True, 2), pow(True, 5), round(True), abs(False))
print(sum([True, True, False]), max(True, 0), min([False, 1]))
