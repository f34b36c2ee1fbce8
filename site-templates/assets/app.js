/*
 * scorebook report bundles: sorting and filtering for data tables.
 * Every table is complete without this script; it only adds sorting by
 * the header buttons and the filter controls above the table.
 */
(function () {
	'use strict';

	function cellKey(row, index) {
		var cell = row.cells[index];
		if (!cell) {
			return '';
		}
		var key = cell.getAttribute('data-sort');
		return key !== null && key !== '' ? key : cell.textContent.trim();
	}

	function compare(a, b, numeric) {
		if (numeric) {
			var x = parseFloat(a), y = parseFloat(b);
			var xn = isNaN(x), yn = isNaN(y);
			if (xn || yn) {
				return xn === yn ? 0 : (xn ? 1 : -1);
			}
			return x - y;
		}
		return a.localeCompare(b, undefined, { numeric: true,
			sensitivity: 'base' });
	}

	function sortBy(table, th) {
		var headers = th.parentNode.cells;
		var index = Array.prototype.indexOf.call(headers, th);
		var numeric = th.getAttribute('data-type') === 'number';
		var ascending = th.getAttribute('aria-sort') !== 'ascending';
		var body = table.tBodies[0];
		var rows = Array.prototype.slice.call(body.rows);

		rows.sort(function (r1, r2) {
			var c = compare(cellKey(r1, index), cellKey(r2, index),
				numeric);
			return ascending ? c : -c;
		});
		rows.forEach(function (row) {
			body.appendChild(row);
		});
		Array.prototype.forEach.call(headers, function (h) {
			h.removeAttribute('aria-sort');
		});
		th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
	}

	function initSort(table) {
		var buttons = table.querySelectorAll('thead th button');
		Array.prototype.forEach.call(buttons, function (button) {
			button.addEventListener('click', function () {
				sortBy(table, button.parentNode);
			});
		});
	}

	function applyFilters(tools, table) {
		var text = tools.querySelector('[data-filter-text]');
		var query = text ? text.value.trim().toLowerCase() : '';
		var selects = tools.querySelectorAll('select[data-filter-column]');
		var rows = table.tBodies[0].rows;
		var shown = 0;

		Array.prototype.forEach.call(rows, function (row) {
			var visible = !query ||
				row.textContent.toLowerCase().indexOf(query) >= 0;
			Array.prototype.forEach.call(selects, function (select) {
				var column = parseInt(select.getAttribute(
					'data-filter-column'), 10);
				var cell = row.cells[column];
				if (visible && select.value !== '' &&
					(!cell || cell.textContent.trim() !== select.value)) {
					visible = false;
				}
			});
			row.hidden = !visible;
			if (visible) {
				shown++;
			}
		});
		var count = tools.querySelector('.row-count');
		if (count) {
			// The words come from the page's message catalog:
			// {1} rows shown, {2} rows in all.
			count.textContent = (count.getAttribute('data-text') ||
				'{1} / {2}').replace('{1}', shown)
				.replace('{2}', rows.length);
		}
	}

	function initFilters(tools) {
		var table = document.getElementById(tools.getAttribute('data-table'));
		if (!table) {
			return;
		}
		tools.hidden = false;
		var update = function () {
			applyFilters(tools, table);
		};
		var controls = tools.querySelectorAll('input, select');
		Array.prototype.forEach.call(controls, function (control) {
			control.addEventListener('input', update);
			control.addEventListener('change', update);
		});
	}

	Array.prototype.forEach.call(
		document.querySelectorAll('table[data-sortable]'), initSort);
	Array.prototype.forEach.call(
		document.querySelectorAll('.table-tools[data-table]'), initFilters);
}());
