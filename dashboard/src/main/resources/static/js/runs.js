/* 入库与计算记录: server-rendered; nothing to draw. */
