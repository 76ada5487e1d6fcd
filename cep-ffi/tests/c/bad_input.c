/*
 * Bad input from C: each call gets its code and a message, never a crash.
 * Prints `ok <what>` per check; exits 1 at the first one that fails.
 */
#include <stdio.h>
#include <string.h>

#include <cep.h>

static int failed;

static void check(const char *what, int rc, int expected, const char *message)
{
    if (rc == expected && strstr(cep_last_error(), message) != NULL) {
        printf("ok %s\n", what);
    } else {
        printf("FAILED %s: code %d (expected %d), message \"%s\"\n", what, rc, expected,
               cep_last_error());
        failed = 1;
    }
}

static int bad_json(void *data, cep_section *out)
{
    (void)data;
    return cep_section_set_json(out, "{\"mode\": ", 9);
}

static int nothing(void *data, cep_section *out)
{
    (void)data;
    (void)out;
    return 0;
}

static const char SPEC[] = "{\"id\": \"c.%s\", \"description\": \"d\", \"fields\": "
                           "[{\"field\": \"mode\", \"type\": \"string\", \"value\": \"free text\"}]}";

int main(int argc, char **argv)
{
    cep_agent *agent = NULL;
    char *doc = (char *)"untouched";
    char spec[256];
    const char *entry;

    check("open NULL agent", cep_agent_open(NULL, NULL), CEP_ERR_USAGE, "`agent` is NULL");
    check("open bad JSON", cep_agent_open("{not json", &agent), CEP_ERR_USAGE,
          "invalid Agent options");
    check("open left NULL", agent == NULL ? CEP_OK : -1, CEP_OK, "");
    if (cep_agent_open(argc > 1 ? argv[1] : NULL, &agent) != CEP_OK) {
        printf("FAILED open: %s\n", cep_last_error());
        return 1;
    }
    check("call NULL command", cep_agent_call(agent, NULL, NULL, &doc), CEP_ERR_USAGE,
          "`command` is NULL");
    check("call unknown command", cep_agent_call(agent, "shw", NULL, &doc), CEP_ERR_USAGE,
          "unknown command `shw`");
    check("no document", doc == NULL ? CEP_OK : -1, CEP_OK, "");
    snprintf(spec, sizeof spec, SPEC, "bad-json");
    cep_agent_add_collector(agent, spec, bad_json, NULL);
    snprintf(spec, sizeof spec, SPEC, "nothing");
    cep_agent_add_collector(agent, spec, nothing, NULL);
    check("show", cep_agent_call(agent, "show", NULL, &doc), CEP_OK, "");
    entry = doc != NULL ? strstr(doc, "the section is not JSON") : NULL;
    check("bad JSON is the collector's error", entry != NULL ? CEP_OK : -1, CEP_OK, "");
    entry = doc != NULL ? strstr(doc, "wrote nothing") : NULL;
    check("nothing written is the collector's error", entry != NULL ? CEP_OK : -1, CEP_OK, "");
    cep_string_free(doc);
    cep_agent_close(agent);
    return failed;
}
