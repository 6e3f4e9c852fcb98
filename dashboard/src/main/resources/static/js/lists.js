/* 待办清单: one of the overview's action lists, sortable, paged and exportable. */
(function () {
    'use strict';
    const B = window.Bastion;
    B.pages.lists = async function (main) {
        const body = document.getElementById('list-body');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(body, error);
            return;
        }
        body.replaceChildren();
        if (data.emptyReason) {
            B.empty(body, data.emptyReason);
            return;
        }
        const table = data.tables[main.dataset.list];
        const panel = B.panel(body, table.title, main.dataset.export);
        B.table(panel, table);
    };
})();
