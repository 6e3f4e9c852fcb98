/* 用户管理: server-rendered forms; nothing to draw. */
