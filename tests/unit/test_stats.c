/*
 * Aggregates and names: percents that add up to 100, the suppression
 * rule for small groups, rounding, the standard error of the mean, and
 * the slugs that name pages.
 */
#include <math.h>
#include <string.h>

#include "buf.h"
#include "paths.h"
#include "stats.h"
#include "unit.h"

static void test_percents(void)
{
	int counts[4] = { 12, 4, 8, 8 }, pct[4];
	int thirds[3] = { 1, 1, 1 }, zero[3] = { 0, 0, 0 };

	stats_percents(counts, 4, 32, pct);
	CHECK(pct[0] == 38 && pct[1] == 12 && pct[2] == 25 && pct[3] == 25,
	      "percents: largest remainders, first on a tie (12.5 -> 12)");
	stats_percents(thirds, 3, 3, pct);
	CHECK(pct[0] + pct[1] + pct[2] == 100 && pct[0] == 34,
	      "percents: thirds add up to 100");
	stats_percents(zero, 3, 0, pct);
	CHECK(pct[0] == 0 && pct[1] == 0 && pct[2] == 0,
	      "percents: no students, no percents");
	CHECK(stats_percent(1, 8) == 13 && stats_percent(0, 0) == 0,
	      "a single percent rounds half up; nothing of nothing is 0");
}

static void test_suppression(void)
{
	char text[32];

	CHECK(stats_suppressed(10, STATS_MIN_AGGREGATE) &&
		  !stats_suppressed(11, STATS_MIN_AGGREGATE),
	      "aggregates: fewer than 11 are suppressed");
	CHECK(stats_suppressed(29, STATS_MIN_CLAIM) &&
		  !stats_suppressed(30, STATS_MIN_CLAIM),
	      "claims and targets: fewer than 30 are suppressed");
	stats_count_text(text, sizeof(text), 3, 10, STATS_MIN_AGGREGATE);
	CHECK(!strcmp(text, "*"), "a suppressed count reads *");
	stats_count_text(text, sizeof(text), 3, 10, 0);
	CHECK(!strcmp(text, "3 (30%)"), "school bundles show every count");
}

static void test_numbers(void)
{
	struct stats_acc a = { 0, 0, 0 };
	double v[] = { 2500, 2510, 2520, 2530 };
	int i;

	for (i = 0; i < 4; i++)
		stats_add(&a, v[i]);
	CHECK(fabs(a.mean - 2515) < 1e-9, "mean");
	CHECK(fabs(stats_se_mean(&a) - sqrt(500.0 / 3) / 2) < 1e-9,
	      "standard error of the mean: sample sd over root n");
	CHECK(stats_round(2512.5) == 2513 && stats_round(-2.5) == -3 &&
		  stats_round(2595.4787) == 2595,
	      "scale scores round half away from zero");
}

static void test_slugs(void)
{
	struct buf b = BUF_INIT;

	paths_slug(&b, "(SBAC)SBAC-SUM-ELA-5-2024-2025");
	CHECK_STR(buf_cstr(&b), "sbac-sum-ela-5-2024-2025",
		  "slug: lowercase, source prefix dropped");
	buf_reset(&b);
	paths_slug(&b, "../<script>/x y");
	CHECK_STR(buf_cstr(&b), "script-x-y", "slug: no dots, slashes, markup");
	buf_reset(&b);
	paths_slug(&b, "???");
	CHECK_STR(buf_cstr(&b), "assessment", "slug: never empty");
	buf_reset(&b);
	paths_link(&b, "students/s4.html", "reports/a b.html");
	CHECK_STR(buf_cstr(&b), "../reports/a%20b.html",
		  "links go up to the root, then down, percent-encoded");
	buf_release(&b);
}

int main(void)
{
	test_percents();
	test_suppression();
	test_numbers();
	test_slugs();
	return unit_done();
}
