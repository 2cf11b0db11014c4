import sys, gc
class S(str): pass
class F(float): pass
class T(tuple): pass
class TS(tuple): __slots__ = ()
class I(int): pass
class B(bytes): pass
class FS(float): __slots__ = ('a', 'b')
class M(type): pass
class A(metaclass=M): pass
print([sys.getsizeof(c) for c in (S, F, T, TS, I, B, FS, M, A)])
print([gc.is_tracked(x) for x in (S('a'), F(1.0), T(), I(1), B(b''), FS(1.0))])
print(sys.getsizeof(FS(2.0)), sys.getsizeof(S('\u20ac')), sys.getsizeof(S('\U0001F600x')), sys.getsizeof(I(-2**70)), sys.getsizeof(T(range(5))))
s = S("hey"); s.a = 1
print(sys.getsizeof(s))
