import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
for i in range(5):
    q.put(i * i)
print(q.empty(), q.qsize(), q.full(), list(q.queue))
print([q.get() for _ in range(3)], q.qsize(), q.get_nowait(), q.get(block=False), q.empty())
for call in [lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)]:
    try:
        call()
    except Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

b = Queue(maxsize=2)
b.put("a"); b.put_nowait("b")
print(b.full(), b.qsize())
for call in [lambda: b.put_nowait("c"), lambda: b.put("c", block=False), lambda: b.put("c", timeout=0.01)]:
    try:
        call()
    except Full as e:
        print("Full", repr(e))
print(b.get(), b.full())
b.put("c")
print(list(b.queue))

# task_done / join
t = Queue()
t.put(1); t.put(2)
print(t.unfinished_tasks)
t.get(); t.task_done()
t.get(); t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)

l = LifoQueue()
for x in "abc":
    l.put(x)
print([l.get() for _ in range(3)], l.empty())
p = PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high"), (5, "x")]:
    p.put(item)
print([p.get() for _ in range(p.qsize())])
s = SimpleQueue()
s.put(1); s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except Empty:
    print("Empty simple")
print(issubclass(Empty, Exception), issubclass(Full, Exception), sorted(queue.__all__))
