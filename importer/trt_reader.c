#include "trt_reader.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "buf.h"
#include "embedded.h"
#include "log.h"
#include "trt_examinee.h"
#include "trt_score.h"
#include "xalloc.h"

struct trt_schema {
	xmlSchemaPtr schema;
};

/* Item responses can be essays; keep enough for any report. */
#define TRT_RESPONSE_MAX 65536
#define TRT_ATTR_MAX	 64

struct attr {
	const char *name, *value;
};

/* The state of one document being read. */
struct trt_doc {
	xmlTextReaderPtr reader;
	struct exam *e;
	struct diag_list *errors;
	struct trt_examinee examinee;
	struct attr *attrs; /* the current element's, grown as needed */
	int attr_count, attr_alloc;
	struct exam_item *item; /* the Item being read, if any */
	int item_depth;
	int response_depth; /* depth of the open Response, or -1 */
	struct buf response;
	int broken; /* not well-formed or not valid */
};

static void schema_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	log_error("trt.xsd:%d: %s", err->line,
		  err->message ? err->message : "schema error");
}

struct trt_schema *trt_schema_load(void)
{
	xmlSchemaParserCtxtPtr pc;
	struct trt_schema *s;

	pc = xmlSchemaNewMemParserCtxt(embedded_trt_xsd,
				       (int)embedded_trt_xsd_len);
	if (!pc)
		return NULL;
	xmlSchemaSetParserStructuredErrors(pc, schema_error, NULL);
	s = calloc(1, sizeof(*s));
	if (s)
		s->schema = xmlSchemaParse(pc);
	xmlSchemaFreeParserCtxt(pc);
	if (s && !s->schema) {
		free(s);
		return NULL;
	}
	return s;
}

void trt_schema_free(struct trt_schema *s)
{
	if (!s)
		return;
	xmlSchemaFree(s->schema);
	free(s);
}

/* libxml2 messages end with a newline and may name a whole path. */
static void xml_error(void *ctx, xmlErrorPtr err)
{
	struct trt_doc *d = ctx;
	char msg[256];
	size_t n;

	if (err->level == XML_ERR_WARNING)
		return;
	snprintf(msg, sizeof(msg), "%s",
		 err->message ? err->message : "xml error");
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	d->broken = 1;
	diag_add(d->errors, err->line,
		 err->domain == XML_FROM_SCHEMASV ? "schema" : "xml", NULL,
		 "%s", msg);
}

static void collect_attrs(struct trt_doc *d)
{
	xmlTextReaderPtr r = d->reader;

	d->attr_count = 0;
	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return;
	do {
		struct attr *a;

		if (d->attr_count == d->attr_alloc) {
			d->attr_alloc = d->attr_alloc ? d->attr_alloc * 2 : 32;
			d->attrs = xrealloc(d->attrs, (size_t)d->attr_alloc *
							  sizeof(*d->attrs));
		}
		a = &d->attrs[d->attr_count++];
		a->name =
		    exam_strdup(d->e, (const char *)xmlTextReaderConstName(r));
		a->value =
		    exam_strdup(d->e, (const char *)xmlTextReaderConstValue(r));
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
}

static const char *attr(const struct trt_doc *d, const char *name)
{
	int i;

	for (i = 0; i < d->attr_count; i++)
		if (!strcmp(d->attrs[i].name, name))
			return d->attrs[i].value;
	return NULL;
}

/* An attribute that is present and not blank, else NULL. */
static const char *attr_given(const struct trt_doc *d, const char *name)
{
	const char *v = attr(d, name);

	return v && *v ? v : NULL;
}

/*
 * The line the current element starts on.  The parser's own line is
 * where it has read to, often a few lines further on.
 */
static long line_of(const struct trt_doc *d)
{
	xmlNodePtr node = xmlTextReaderCurrentNode(d->reader);
	long line = node ? xmlGetLineNo(node) : -1;

	return line > 0 ? line : xmlTextReaderGetParserLineNumber(d->reader);
}

static int attr_int(const struct trt_doc *d, const char *name, int fallback)
{
	double v;

	int whole;

	if (trt_parse_number(attr(d, name), &v) > 0 && trt_whole(v, &whole))
		return whole;
	return fallback;
}

static void read_test(struct trt_doc *d)
{
	struct exam *e = d->e;

	e->asmt_name = attr_given(d, "name");
	e->asmt_subject = attr_given(d, "subject");
	e->asmt_type = attr_given(d, "assessmentType");
	e->asmt_grade = attr_int(d, "grade", -1);
	e->academic_year = attr_int(d, "academicYear", 0);
	e->test_line = line_of(d);
}

static void read_examinee(struct trt_doc *d)
{
	const char *demo = attr(d, "isDemo");
	enum flag f;

	d->e->examinee_line = line_of(d);
	if (trt_parse_flag(demo, &f) == 0 && f == FLAG_YES)
		d->e->is_demo = 1;
}

static void read_opportunity(struct trt_doc *d)
{
	struct exam *e = d->e;
	const char *opp = attr_given(d, "oppId");

	/* One producer writes oppId 0 and puts the real id in key. */
	if (!opp || !strcmp(opp, "0"))
		opp = attr_given(d, "key");
	e->opp_key = opp;
	e->status = attr_given(d, "status");
	e->status_date = attr_given(d, "statusDate");
	e->date_completed = attr_given(d, "dateCompleted");
	e->start_date = attr_given(d, "startDate");
	e->session_id = attr_given(d, "sessionId");
	e->completeness = attr_given(d, "completeness");
	if (!e->completeness)
		e->completeness = attr_given(d, "completeStatus");
	e->admin_condition = attr_given(d, "administrationCondition");
	e->opportunity = attr_int(d, "opportunity", 0);
	e->opportunity_line = line_of(d);
}

static void read_accommodation(struct trt_doc *d)
{
	struct exam_accommodation *a = exam_add_accommodation(d->e);

	a->code = attr_given(d, "code");
	a->type = attr_given(d, "type");
	a->value = attr_given(d, "value");
	a->segment = attr_int(d, "segment", 0);
	if (!a->code)
		a->code = a->type ? a->type : "";
}

static void read_score(struct trt_doc *d)
{
	struct trt_score_attrs a;

	a.measure_of = attr(d, "measureOf");
	a.measure_label = attr(d, "measureLabel");
	a.value = attr(d, "value");
	a.standard_error = attr(d, "standardError");
	a.condition_code = attr(d, "conditionCode");
	a.line = line_of(d);
	if (!a.value)
		a.value = "";
	trt_score_put(d->e, &a, d->errors);
}

static void number_attr(const struct trt_doc *d, const char *name, double *out,
			int *has)
{
	const char *v = attr(d, name);
	int rc = trt_parse_number(v, out);

	*has = rc > 0;
	if (rc < 0)
		diag_add(d->errors, line_of(d), name, v, "not a number");
}

/* contentLevel is "claim|target"; strand is the claim alone. */
static void item_claim(struct trt_doc *d, struct exam_item *it)
{
	const char *level = attr_given(d, "contentLevel");
	const char *bar = level ? strchr(level, '|') : NULL;

	it->claim = attr_given(d, "strand");
	if (bar) {
		char *claim = arena_strdup(&d->e->arena, level);

		claim[bar - level] = '\0';
		if (!it->claim)
			it->claim = claim;
		it->target = claim + (bar - level) + 1;
	}
}

static void read_item(struct trt_doc *d)
{
	struct exam_item *it = exam_add_item(d->e);
	const char *bank = attr_given(d, "bankKey");
	const char *key = attr_given(d, "key");
	double visits;
	int has_visits;

	it->line = line_of(d);
	it->position = attr_int(d, "position", 0);
	if (bank && key) {
		size_t n = strlen(bank) + strlen(key) + 2;
		char *k = arena_alloc(&d->e->arena, n);

		snprintf(k, n, "%s-%s", bank, key);
		it->item_key = k;
	} else {
		it->item_key = key ? key : "";
	}
	it->format = attr_given(d, "format");
	it->score_status = attr_given(d, "scoreStatus");
	it->operational = attr_int(d, "operational", 1);
	number_attr(d, "score", &it->score, &it->has_score);
	number_attr(d, "responseDuration", &it->duration, &it->has_duration);
	number_attr(d, "numberVisits", &visits, &has_visits);
	it->has_visits = has_visits && trt_whole(visits, &it->visits);
	item_claim(d, it);
	d->item = it;
	d->item_depth = xmlTextReaderDepth(d->reader);
}

/*
 * A Response's text arrives as the text nodes below it, read by walk();
 * expanding the element into a tree to read it at once costs more than
 * the rest of the document.
 */
static void start_response(struct trt_doc *d)
{
	buf_reset(&d->response);
	if (xmlTextReaderIsEmptyElement(d->reader))
		d->item->response = "";
	else
		d->response_depth = xmlTextReaderDepth(d->reader);
}

static void response_text(struct trt_doc *d)
{
	const char *text = (const char *)xmlTextReaderConstValue(d->reader);

	if (text)
		buf_puts(&d->response, text);
}

static void end_response(struct trt_doc *d)
{
	size_t n = d->response.len;

	if (n > TRT_RESPONSE_MAX)
		n = TRT_RESPONSE_MAX;
	if (d->item)
		d->item->response =
		    arena_strndup(&d->e->arena, buf_cstr(&d->response), n);
	d->response_depth = -1;
}

/*
 * An Item's own ScoreInfo gives its maximum; ScoreInfo nested deeper,
 * in a SubScoreList, gives the dimensions of hand-scored writing.
 */
static void read_score_info(struct trt_doc *d)
{
	struct exam_item *it = d->item;
	int depth = xmlTextReaderDepth(d->reader) - d->item_depth;
	struct exam_item_dimension *dim;
	const char *name = attr_given(d, "scoreDimension");

	if (depth == 1) {
		/* Producers write maxScore 0 when they do not know it. */
		number_attr(d, "maxScore", &it->max_score, &it->has_max_score);
		if (it->max_score <= 0)
			it->has_max_score = 0;
		return;
	}
	dim = exam_item_add_dimension(it);
	dim->dimension = name ? name : "";
	dim->score_status = attr_given(d, "scoreStatus");
	dim->condition_code = attr_given(d, "conditionCode");
	number_attr(d, "scorePoint", &dim->score, &dim->has_score);
	number_attr(d, "maxScore", &dim->max_score, &dim->has_max_score);
}

static void read_element(struct trt_doc *d, const char *name)
{
	int depth = xmlTextReaderDepth(d->reader);

	if (d->item && depth <= d->item_depth)
		d->item = NULL;
	collect_attrs(d);
	if (!strcmp(name, "Test")) {
		read_test(d);
	} else if (!strcmp(name, "Examinee")) {
		read_examinee(d);
	} else if (!strcmp(name, "ExamineeAttribute") ||
		   !strcmp(name, "ExamineeRelationship")) {
		trt_examinee_put(&d->examinee, d->e, attr(d, "name"),
				 attr(d, "value"), attr(d, "context"),
				 line_of(d));
	} else if (!strcmp(name, "Opportunity")) {
		read_opportunity(d);
	} else if (!strcmp(name, "Accommodation")) {
		read_accommodation(d);
	} else if (!strcmp(name, "Score")) {
		read_score(d);
	} else if (!strcmp(name, "Item")) {
		read_item(d);
	} else if (d->item && !strcmp(name, "Response")) {
		start_response(d);
	} else if (d->item && !strcmp(name, "ScoreInfo")) {
		read_score_info(d);
	}
}

/*
 * Some fatal parser errors reach only libxml2's global error slot, not
 * the reader's handler; name them from there so no rejection is silent.
 */
static void not_well_formed(struct trt_doc *d)
{
	xmlErrorPtr err = xmlGetLastError();
	int before = d->errors->count;

	if (!d->broken && err)
		xml_error(d, err);
	if (d->errors->count == before && !d->broken)
		diag_add(d->errors, line_of(d), "xml", NULL,
			 "not well-formed XML");
	d->broken = 1;
}

static void read_in_response(struct trt_doc *d, int type)
{
	if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
	    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
		response_text(d);
	else if (type == XML_READER_TYPE_END_ELEMENT &&
		 xmlTextReaderDepth(d->reader) == d->response_depth)
		end_response(d);
}

static void walk(struct trt_doc *d)
{
	xmlTextReaderPtr r = d->reader;
	int rc;

	while ((rc = xmlTextReaderRead(r)) == 1) {
		int type = xmlTextReaderNodeType(r);

		if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
			/* TRT has no DTD; one is only ever an attack. */
			diag_add(d->errors, line_of(d), "DOCTYPE", NULL,
				 "document type declarations are not "
				 "allowed");
			d->broken = 1;
			return;
		}
		if (d->response_depth >= 0)
			read_in_response(d, type);
		else if (type == XML_READER_TYPE_ELEMENT)
			read_element(d,
				     (const char *)xmlTextReaderConstName(r));
	}
	if (rc < 0)
		not_well_formed(d);
}

int trt_read(struct trt_schema *schema, const char *data, size_t len,
	     struct exam *e, struct diag_list *errors)
{
	struct trt_doc d;

	memset(&d, 0, sizeof(d));
	d.response_depth = -1;
	d.e = e;
	d.errors = errors;
	trt_examinee_init(&d.examinee);
	e->source = "trt";
	if (len > TRT_MAX_DOCUMENT) {
		diag_add(errors, 0, "document", NULL,
			 "larger than the %zu MB limit",
			 TRT_MAX_DOCUMENT >> 20);
		return -1;
	}
	xmlResetLastError();
	d.reader = xmlReaderForMemory(data, (int)len, NULL, NULL,
				      XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (!d.reader) {
		diag_add(errors, 0, "document", NULL, "cannot start reading");
		return -1;
	}
	xmlTextReaderSetStructuredErrorHandler(d.reader, xml_error, &d);
	if (xmlTextReaderSetSchema(d.reader, schema->schema) < 0) {
		diag_add(errors, 0, "schema", NULL, "cannot use the schema");
		d.broken = 1;
	} else {
		walk(&d);
	}
	if (!d.broken && xmlTextReaderIsValid(d.reader) != 1)
		d.broken = 1;
	xmlFreeTextReader(d.reader);
	free(d.attrs);
	buf_release(&d.response);
	if (d.broken)
		return -1;
	trt_examinee_finish(&d.examinee, e, errors);
	return 0;
}
