print("hirekit")
