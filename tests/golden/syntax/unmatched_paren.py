print('hi')
x = )
