/*
 * An installer: shows the administrator what cep would send, asks, records
 * the answer (cep enable / cep disable) and sends one report, then shows
 * the ledger line of what left the host.
 *
 *   cc -std=c99 installer.c $(pkg-config --cflags --libs cep) -o installer
 *   ./installer ['{"state_dir": "/tmp/cep-state"}'] [yes|no]
 *
 * The first argument is the Agent's options as JSON (default: those of the
 * cep command); the second answers the question instead of the terminal.
 */
#include <stdio.h>
#include <string.h>

#include <cep.h>

/* Runs one command and prints its JSON document; returns its code. */
static int call(cep_agent *agent, const char *command, const char *args)
{
    char *doc = NULL;
    int rc = cep_agent_call(agent, command, args, &doc);
    if (doc != NULL) {
        printf("== %s\n%s\n", command, doc);
        cep_string_free(doc);
    }
    if (rc != CEP_OK)
        fprintf(stderr, "installer: %s (code %d)\n", cep_last_error(), rc);
    return rc;
}

static int ask(const char *answer)
{
    char line[16] = "";
    if (answer == NULL) {
        printf("Send anonymous usage statistics to the OpenVZ project? [y/N] ");
        fflush(stdout);
        if (fgets(line, sizeof line, stdin) == NULL)
            return 0;
        answer = line;
    }
    return answer[0] == 'y' || answer[0] == 'Y';
}

int main(int argc, char **argv)
{
    const char *options = argc > 1 ? argv[1] : NULL;
    cep_agent *agent = NULL;
    int rc;

    if (cep_agent_open(options, &agent) != CEP_OK) {
        fprintf(stderr, "installer: %s\n", cep_last_error());
        return 1;
    }
    /* What would be sent, exactly: the report is built and not kept. */
    rc = call(agent, "show", NULL);
    if (rc == CEP_OK && ask(argc > 2 ? argv[2] : NULL)) {
        rc = call(agent, "enable", NULL);
        if (rc == CEP_OK)
            rc = call(agent, "send", NULL); /* spool, deliver, ledger */
        if (rc == CEP_OK)
            rc = call(agent, "ledger", NULL);
    } else if (rc == CEP_OK) {
        rc = call(agent, "disable", NULL);
    }
    cep_agent_close(agent);
    return rc == CEP_OK ? 0 : 1;
}
