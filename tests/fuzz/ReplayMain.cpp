// Replays a fuzz target's corpus as an ordinary test (ci and asan presets):
// runs LLVMFuzzerTestOneInput once over every file under the folders or files
// given, in name order, each in a buffer of exactly its size so that
// AddressSanitizer sees a read past the end. A crash or a broken property
// aborts the process and fails the test; an empty corpus fails too.
//
// Usage: bearings_fuzz_replay_<target> PATH...
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::filesystem::path> inputs(const std::vector<std::filesystem::path> &roots)
{
    std::vector<std::filesystem::path> files;
    for (const auto &root : roots) {
        if (std::filesystem::is_regular_file(root)) {
            files.push_back(root);
            continue;
        }
        for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    std::vector<std::filesystem::path> roots(argv + 1, argv + argc);
    const auto files = inputs(roots);
    if (files.empty()) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::uintmax_t bytes = 0;
    for (const auto &path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 1;
        }
        // Exactly sized, like libFuzzer's own buffer.
        const std::size_t size = content.size();
        auto buffer = std::make_unique<uint8_t[]>(size == 0 ? 1 : size);
        std::copy(content.begin(), content.end(), buffer.get());
        std::printf("%s (%zu bytes)\n", path.filename().c_str(), size);
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(buffer.get(), size);
        bytes += size;
    }
    std::printf("replayed %zu inputs, %ju bytes\n", files.size(), bytes);
    return 0;
}
