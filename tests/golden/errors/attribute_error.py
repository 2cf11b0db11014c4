x = []
x.push(1)
