/* 联系点工作进展月报归档: server-rendered; nothing to draw. */
