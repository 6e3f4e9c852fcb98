/* 数据溯源: the rows a figure counts, each with the submission it came from, and the link to that file. */
(function () {
    'use strict';
    const B = window.Bastion;

    /** Keeps the full SHA-256 on hover when the column shows it shortened (the table re-renders on sort and page). */
    function hashTitles(container) {
        const mark = () => container.querySelectorAll('td[data-column="sha256"]').forEach(cell => {
            if (!cell.title) cell.title = cell.textContent;
        });
        new MutationObserver(mark).observe(container, {childList: true, subtree: true});
        mark();
    }

    /** A table whose file names open the archived file among its organization's files. */
    function provenanceTable(container, table) {
        hashTitles(container);
        B.table(container, table, {link: (row, column) => column.key === 'file' && row.fileHref ? row.fileHref : null});
    }

    B.provenanceTable = provenanceTable;

    B.pages.trace = async function (main) {
        const body = document.getElementById('trace-body');
        const count = document.getElementById('trace-count');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            count.textContent = B.t('blank');
            B.failure(body, error);
            return;
        }
        document.getElementById('trace-title').textContent = data.name;
        document.getElementById('trace-definition').textContent = data.definition;
        count.textContent = B.fmt.count(data.count);
        count.dataset.count = String(data.count);
        document.getElementById('trace-unit').textContent = data.unit;
        body.replaceChildren();
        if (data.emptyReason) {
            B.empty(body, data.emptyReason);
            return;
        }
        const panel = B.panel(body, data.table.title, main.dataset.export);
        provenanceTable(panel, data.table);
    };
})();
