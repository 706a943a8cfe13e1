return {
  format = 1, id = "x", version = "1",
  title = { nl = "T" },
  start = "a",
  scenes = { a = { text = { nl = "*nadruk*" }, next = "b" } },
}
