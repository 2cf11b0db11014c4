from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q, 9 in q)
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen, list(last3))
last3.appendleft(9)
print(last3)
for method in ["pop", "popleft"]:
    try:
        getattr(deque(), method)()
    except IndexError as e:
        print(method, e)
try:
    deque([1])[5]
except IndexError as e:
    print(e)
queue = deque()
for i in range(100):
    queue.append(i)
for i in range(60):
    queue.popleft()
print(len(queue), queue[0], queue[-1], sum(queue))
d = deque("abc")
d.reverse()
d.remove("b")
print(d, d.count("a"), d.index("c"), deque() == deque([]), deque([1]) == deque([1]), bool(deque()))
d.clear()
print(d, list(reversed(deque([1, 2, 3]))))
