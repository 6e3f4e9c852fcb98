/* 报送文件: the followed file's siblings — its organization's submissions month by month, or its committee feed's files. */
(function () {
    'use strict';
    const B = window.Bastion;

    /** Marks the followed file's row, which keeps its mark across sorting and paging. */
    function markSelected(container, rows) {
        const selected = new Set(rows.filter(row => row.selected).map(row => row.fileHref));
        const mark = () => container.querySelectorAll('td[data-column="file"] a').forEach(link => {
            const row = link.closest('tr');
            if (row) row.classList.toggle('selected', selected.has(link.getAttribute('href')));
        });
        const hashes = () => container.querySelectorAll('td[data-column="sha256"]').forEach(cell => {
            if (!cell.title) cell.title = cell.textContent;
        });
        new MutationObserver(() => { mark(); hashes(); }).observe(container, {childList: true, subtree: true});
    }

    B.pages.tracefiles = async function (main) {
        const body = document.getElementById('files-body');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(body, error);
            return;
        }
        body.replaceChildren();
        const panel = B.panel(body, data.files.title, main.dataset.export);
        markSelected(panel, data.files.rows);
        B.table(panel, data.files, {link: (row, column) => column.key === 'file' && row.fileHref ? row.fileHref : null});
    };
})();
