/*
 * A collector written in C: registered on the Agent, it is listed,
 * inventoried, scheduled, checked against its fields' kinds and guarded
 * like cep's own collectors, and its section goes into the report that
 * `send` delivers. Free text (the `note`) is scrubbed of addresses and
 * names before anything leaves the host.
 *
 *   cc -std=c99 collector.c $(pkg-config --cflags --libs cep) -o collector
 *   ./collector ['{"state_dir": "/tmp/cep-state"}'] ['a line of the install log']
 */
#include <stdio.h>
#include <string.h>

#include <cep.h>

/* The collector as `cep inventory --json` shows it. */
static const char SPEC[] =
    "{\"id\": \"example.installer\","
    " \"description\": \"How this host was installed\","
    " \"schedule\": \"weekly mon 08:00\","
    " \"fields\": ["
    "  {\"field\": \"mode\", \"type\": \"string\", \"value\": \"enum: express, custom\","
    "   \"meaning\": \"Installation mode\", \"example\": \"express\"},"
    "  {\"field\": \"steps\", \"type\": \"integer\", \"value\": \"count\","
    "   \"meaning\": \"Installer steps taken\", \"example\": \"7\"},"
    "  {\"field\": \"note\", \"type\": \"string\", \"value\": \"free text\","
    "   \"meaning\": \"The installer's last log line\"}]}";

struct install {
    const char *mode;
    int steps;
    const char *note;
};

/* Appends `s` as a JSON string; returns the new length, or 0 when full. */
static size_t put_string(char *buf, size_t len, size_t cap, const char *s)
{
    if (len + 1 >= cap)
        return 0;
    buf[len++] = '"';
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (len + 7 >= cap)
            return 0;
        if (c == '"' || c == '\\')
            len += (size_t)sprintf(buf + len, "\\%c", c);
        else if (c < 0x20)
            len += (size_t)sprintf(buf + len, "\\u%04x", c);
        else
            buf[len++] = (char)c;
    }
    buf[len++] = '"';
    return len;
}

/* Runs on a thread of cep's collector runner; `data` is read only. */
static int collect(void *data, cep_section *out)
{
    const struct install *in = data;
    char json[1024];
    int n = snprintf(json, sizeof json, "{\"mode\": \"%s\", \"steps\": %d, \"note\": ",
                     in->mode, in->steps);
    size_t len;
    if (n < 0 || (size_t)n >= sizeof json)
        return 1;
    len = put_string(json, (size_t)n, sizeof json - 1, in->note);
    if (len == 0)
        return 1;
    json[len++] = '}';
    return cep_section_set_json(out, json, len);
}

int main(int argc, char **argv)
{
    static struct install in = {"express", 7, "install finished"};
    cep_agent *agent = NULL;
    char *doc = NULL;
    int rc;

    if (argc > 2)
        in.note = argv[2];
    if (cep_agent_open(argc > 1 ? argv[1] : NULL, &agent) != CEP_OK
        || cep_agent_add_collector(agent, SPEC, collect, &in) != CEP_OK) {
        fprintf(stderr, "collector: %s\n", cep_last_error());
        cep_agent_close(agent);
        return 1;
    }
    rc = cep_agent_call(agent, "send", NULL, &doc);
    if (doc != NULL)
        printf("== send\n%s\n", doc);
    cep_string_free(doc);
    doc = NULL;
    if (rc == CEP_OK)
        rc = cep_agent_call(agent, "ledger", NULL, &doc);
    if (doc != NULL)
        printf("== ledger\n%s\n", doc);
    cep_string_free(doc);
    if (rc != CEP_OK)
        fprintf(stderr, "collector: %s (code %d)\n", cep_last_error(), rc);
    cep_agent_close(agent);
    return rc == CEP_OK ? 0 : 1;
}
