#include "cli/TokenArgument.h"

#include <cstring>

namespace SeqDesk::Cli {

namespace {

void blank(char *value)
{
    std::memset(value, '*', std::strlen(value));
}

} // namespace

bool hideTokenArguments(int argc, char *argv[])
{
    static constexpr char kFlag[] = "--token";
    static constexpr std::size_t kFlagLength = sizeof kFlag - 1;
    bool found = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break; // what follows is not an option
        if (std::strcmp(argv[i], kFlag) == 0 && i + 1 < argc) {
            blank(argv[++i]);
            found = true;
        } else if (std::strncmp(argv[i], kFlag, kFlagLength) == 0 && argv[i][kFlagLength] == '=') {
            blank(argv[i] + kFlagLength + 1);
            found = true;
        }
    }
    return found;
}

} // namespace SeqDesk::Cli
