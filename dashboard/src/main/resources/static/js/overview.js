/* 总览: the 待办 counts, each opening its list, and the headline cards. */
(function () {
    'use strict';
    const B = window.Bastion;
    B.pages.overview = async function (main) {
        const actions = document.getElementById('actions');
        const cards = document.getElementById('cards');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(cards, error);
            actions.replaceChildren();
            return;
        }
        if (data.emptyReason) {
            B.empty(cards, data.emptyReason);
            actions.replaceChildren();
            return;
        }
        const list = data.tables.actions;
        actions.replaceChildren(...list.rows.map(row => B.el('a', {
                class: 'action' + (row.count === 0 ? ' zero' : ''), href: B.href('/lists/' + row.list), 'data-action': row.list},
            B.el('div', {class: 'count', text: B.fmt.count(row.count)}),
            B.el('div', {class: 'label', text: row.label}))));
        B.cards(cards, data.kpis);
    };
})();
