return "\xff\xfe" .. ("x"):rep(10)
