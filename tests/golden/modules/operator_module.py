import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(2, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.neg(5), operator.pos(-5), operator.pow(2, 10), operator.abs(-3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1))
print(operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.inv(0), operator.lshift(1, 4), operator.index(7))
first = itemgetter(0)
pick = itemgetter(0, 2)
print(first([5, 6, 7]), pick("xyz"), first, pick)
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=itemgetter(1)))

class Obj:
    pass

o = Obj()
o.name = "n"
o.sub = Obj()
o.sub.v = 3
print(attrgetter("name")(o), attrgetter("sub.v")(o), attrgetter("name", "sub.v")(o), attrgetter("name"))
upper = methodcaller("upper")
print(upper("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "b", 1)("aaa"))
print(upper, methodcaller("x", 1, k=2))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.iadd([1], [2]))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print(e)
