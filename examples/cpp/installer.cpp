// The installer and the collector of examples/c, from C++: the Agent in a
// small RAII wrapper, errors as exceptions, the collector a lambda.
//
//   c++ -std=c++11 installer.cpp $(pkg-config --cflags --libs cep) -o installer
//   ./installer ['{"state_dir": "/tmp/cep-state"}'] [yes|no]

#include <cep.h>

#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

namespace {

// A failed call: the code and cep's message.
struct CepError : std::runtime_error {
    int code;
    CepError(int c, const std::string &what) : std::runtime_error(what), code(c) {}
};

class Agent {
  public:
    explicit Agent(const char *options_json) {
        cep_agent *a = nullptr;
        check(cep_agent_open(options_json, &a));
        agent_.reset(a);
    }

    // The command's JSON document, as `cep <command> --json` prints it.
    std::string call(const char *command, const char *args_json = nullptr) {
        char *doc = nullptr;
        int rc = cep_agent_call(agent_.get(), command, args_json, &doc);
        std::unique_ptr<char, void (*)(char *)> owned(doc, cep_string_free);
        check(rc);
        return owned ? std::string(owned.get()) : std::string();
    }

    void add_collector(const char *spec_json, cep_collect_fn collect, void *data) {
        check(cep_agent_add_collector(agent_.get(), spec_json, collect, data));
    }

  private:
    static void check(int rc) {
        if (rc != CEP_OK)
            throw CepError(rc, cep_last_error());
    }
    std::unique_ptr<cep_agent, void (*)(cep_agent *)> agent_{nullptr, cep_agent_close};
};

const char SPEC[] = R"({"id": "example.installer",
  "description": "How this host was installed",
  "fields": [
    {"field": "mode", "type": "string", "value": "enum: express, custom", "meaning": "Installation mode"},
    {"field": "steps", "type": "integer", "value": "count", "meaning": "Installer steps taken"}]})";

} // namespace

int main(int argc, char **argv) {
    try {
        Agent agent(argc > 1 ? argv[1] : nullptr);
        // Runs on a thread of cep's collector runner; no exception may
        // leave it, so it only formats a constant.
        agent.add_collector(
            SPEC,
            [](void *, cep_section *out) -> int {
                static const char json[] = R"({"mode": "custom", "steps": 12})";
                return cep_section_set_json(out, json, sizeof json - 1);
            },
            nullptr);
        std::cout << "== show\n" << agent.call("show") << "\n";
        std::string answer = argc > 2 ? argv[2] : "";
        if (answer.empty()) {
            std::cout << "Send anonymous usage statistics to the OpenVZ project? [y/N] ";
            std::getline(std::cin, answer);
        }
        if (answer.empty() || (answer[0] != 'y' && answer[0] != 'Y')) {
            std::cout << "== disable\n" << agent.call("disable") << "\n";
            return 0;
        }
        std::cout << "== enable\n" << agent.call("enable") << "\n";
        std::cout << "== send\n" << agent.call("send") << "\n";
        std::cout << "== ledger\n" << agent.call("ledger") << "\n";
    } catch (const CepError &e) {
        std::cerr << "installer: " << e.what() << " (code " << e.code << ")\n";
        return 1;
    }
    return 0;
}
