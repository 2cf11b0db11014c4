y = 2 + # trailing comment
