local t = {}
for i = 1, 100 do t[i] = string.rep("a", i) end
return setmetatable({}, { __index = function() error({}) end })
