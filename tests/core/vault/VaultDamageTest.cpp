#include "VaultTestSupport.h"

#include "vault/KeyDerivation.h"
#include "vault/VaultFormat.h"

#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <string>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class VaultDamage : public VaultFixture {
protected:
    void SetUp() override
    {
        auto vault = createVault();
        ASSERT_TRUE(vault);
        addPerson(vault->database(), u"Sam"_s);
        ASSERT_TRUE(vault->save().ok());
        good = fileBytes(path);
        ASSERT_GT(good.size(), VaultFormat::kMinFileSize);
    }

    // Every damaged variant must be refused as Damaged, through the whole
    // open path, without changing the file.
    void expectDamagedOnDisk(const QByteArray &bad, const std::string &what)
    {
        ASSERT_TRUE(writeBytes(path, bad));
        auto opened = openVault();
        ASSERT_FALSE(opened.ok()) << what;
        EXPECT_EQ(opened.error().code, ErrorCode::Damaged) << what << ": " << opened.error().detail.toStdString();
        EXPECT_EQ(fileBytes(path), bad) << what;
    }

    QByteArray good;
};

// The number of damaged variants a test tried, printed and recorded in the
// test's XML output, for docs/RELIABILITY.md (scripts/reliability.sh).
void reportCount(const char *what, qsizetype count)
{
    std::printf("[  counts  ] %s: %lld\n", what, static_cast<long long>(count));
    ::testing::Test::RecordProperty(what, std::to_string(count));
}

QByteArray flipped(QByteArray data, qsizetype bit)
{
    data[bit / 8] = static_cast<char>(data[bit / 8] ^ (1 << (bit % 8)));
    return data;
}

SecureBuffer testKey(const VaultHeader &header)
{
    KeyDerivation::Salt salt {};
    std::memcpy(salt.data(), header.salt.data(), salt.size());
    auto key = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(u"k"_s), salt, header.kdf);
    return key.ok() ? std::move(key).value() : SecureBuffer();
}

// Builds a vault file chunk by chunk with the tags given, for layouts the
// writer never produces. Plaintext chunk i has lengths[i] bytes.
QByteArray craft(const VaultHeader &base, const SecureBuffer &key, const QList<QPair<int, unsigned char>> &chunks)
{
    VaultHeader header = base;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.streamHeader.data(), key.data());
    QByteArray out = VaultFormat::encodeHeader(header);
    const QByteArray head = out;
    bool first = true;
    for (const auto &[length, tag] : chunks) {
        const QByteArray plain(length, 'p');
        QByteArray cipher(length + VaultFormat::kChunkOverhead, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(length),
            first ? reinterpret_cast<const unsigned char *>(head.constData()) : nullptr,
            first ? static_cast<unsigned long long>(head.size()) : 0, tag);
        first = false;
        const auto n = static_cast<quint32>(cipher.size());
        const char len[4] = {static_cast<char>(n & 0xFF), static_cast<char>((n >> 8) & 0xFF),
            static_cast<char>((n >> 16) & 0xFF), static_cast<char>((n >> 24) & 0xFF)};
        out.append(len, 4);
        out.append(cipher);
    }
    out.append(VaultFormat::hash(out));
    return out;
}

} // namespace

TEST_F(VaultDamage, EveryBitFlipInHeaderAndTrailerIsDamaged)
{
    const qsizetype size = good.size();
    qsizetype header = 0;
    qsizetype trailer = 0;
    for (qsizetype bit = 0; bit < VaultFormat::kHeaderSize * 8; ++bit, ++header)
        expectDamagedOnDisk(flipped(good, bit), "header bit " + std::to_string(bit));
    for (qsizetype bit = (size - VaultFormat::kTrailerSize) * 8; bit < size * 8; ++bit, ++trailer)
        expectDamagedOnDisk(flipped(good, bit), "trailer bit " + std::to_string(bit));
    EXPECT_EQ(header, 79 * 8);
    EXPECT_EQ(trailer, 32 * 8);
    reportCount("header bit flips refused as damaged", header);
    reportCount("trailer bit flips refused as damaged", trailer);
}

TEST_F(VaultDamage, BodyBitFlipsAreDamaged)
{
    const qsizetype bodyBits = (good.size() - VaultFormat::kTrailerSize) * 8;
    qsizetype count = 0;
    // Every bit of the first chunk's length prefix, then a spread sample.
    for (qsizetype bit = VaultFormat::kHeaderSize * 8; bit < (VaultFormat::kHeaderSize + 4) * 8; ++bit, ++count)
        expectDamagedOnDisk(flipped(good, bit), "length bit " + std::to_string(bit));
    for (qsizetype bit = (VaultFormat::kHeaderSize + 4) * 8; bit < bodyBits; bit += 4099, ++count) {
        const QByteArray bad = flipped(good, bit);
        auto inspected = VaultFormat::inspect(bad);
        ASSERT_FALSE(inspected.ok()) << bit;
        EXPECT_EQ(inspected.error().code, ErrorCode::Damaged) << bit;
    }
    expectDamagedOnDisk(flipped(good, bodyBits / 2), "middle bit");
    reportCount("body bit flips refused as damaged", count + 1);
}

TEST_F(VaultDamage, EveryTruncationIsDamaged)
{
    qsizetype count = 0;
    for (qsizetype length = 0; length < good.size(); ++length, ++count) {
        auto inspected = VaultFormat::inspect(good.left(length));
        ASSERT_FALSE(inspected.ok()) << length;
        ASSERT_EQ(inspected.error().code, ErrorCode::Damaged) << length;
    }
    EXPECT_EQ(count, good.size());
    qsizetype onDisk = 0;
    for (qsizetype length : {qsizetype(0), qsizetype(1), qsizetype(8), VaultFormat::kHeaderSize, good.size() / 2,
             good.size() - VaultFormat::kTrailerSize, good.size() - 1}) {
        expectDamagedOnDisk(good.left(length), "truncated to " + std::to_string(length));
        ++onDisk;
    }
    reportCount("truncations refused as damaged (every length of the file)", count);
    reportCount("truncations refused through Vault::open", onDisk);
}

TEST_F(VaultDamage, AppendedDataIsDamaged)
{
    expectDamagedOnDisk(good + QByteArray(1, '\0'), "one byte");
    expectDamagedOnDisk(good + QByteArray(32, 'x'), "32 bytes");
    expectDamagedOnDisk(good + good, "the file twice");
    // Even with a trailer recomputed over the extra bytes, the layout is wrong.
    QByteArray body = good.left(good.size() - VaultFormat::kTrailerSize) + QByteArray(7, 'g');
    expectDamagedOnDisk(body + VaultFormat::hash(body), "rehashed garbage");
}

TEST_F(VaultDamage, StreamsWithoutAProperEndAreDamaged)
{
    VaultHeader header;
    header.kdf = KdfParams::insecureForTests();
    header.salt.fill(7);
    const SecureBuffer key = testKey(header);
    ASSERT_TRUE(key.isValid());
    const int full = static_cast<int>(header.chunkSize);
    constexpr unsigned char msg = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    constexpr unsigned char fin = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    constexpr unsigned char push = crypto_secretstream_xchacha20poly1305_TAG_PUSH;

    // The craft helper itself makes openable files.
    auto ok = VaultFormat::unseal(craft(header, key, {{full, msg}, {10, fin}}), key);
    ASSERT_TRUE(ok.ok()) << ok.error().detail.toStdString();
    EXPECT_EQ(ok.value().size(), static_cast<std::size_t>(full + 10));

    const struct {
        const char *name;
        QList<QPair<int, unsigned char>> chunks;
    } cases[] = {
        {"no final tag", {{10, msg}}},
        {"no final tag, two chunks", {{full, msg}, {10, msg}}},
        {"final tag first", {{full, fin}, {10, fin}}},
        {"final then message", {{full, fin}, {10, msg}}},
        {"push tag", {{full, push}, {10, fin}}},
        {"short middle chunk", {{10, msg}, {10, fin}}},
        {"empty final chunk", {{full, msg}, {0, fin}}},
    };
    for (const auto &c : cases) {
        auto result = VaultFormat::unseal(craft(header, key, c.chunks), key);
        ASSERT_FALSE(result.ok()) << c.name;
        EXPECT_EQ(result.error().code, ErrorCode::Damaged) << c.name << ": " << result.error().detail.toStdString();
    }

    // An empty image is a single, empty, final chunk.
    auto empty = VaultFormat::unseal(craft(header, key, {{0, fin}}), key);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty.value().size(), 0u);

    // Another key fails on the first chunk: that is a wrong passphrase.
    VaultHeader other = header;
    other.salt.fill(8);
    auto wrong = VaultFormat::unseal(craft(header, key, {{10, fin}}), testKey(other));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassphrase);
}

TEST_F(VaultDamage, SwappedChunksAreDamaged)
{
    VaultHeader header;
    header.kdf = KdfParams::insecureForTests();
    const SecureBuffer key = testKey(header);
    QByteArray plain(3 * 65536 + 5, '\0');
    for (qsizetype i = 0; i < plain.size(); ++i)
        plain[i] = static_cast<char>(i * 7);
    auto sealed = VaultFormat::seal(plain, header, key);
    ASSERT_TRUE(sealed.ok());
    QByteArray file = sealed.value();
    const qsizetype chunk = 4 + 65536 + VaultFormat::kChunkOverhead;
    const qsizetype second = VaultFormat::kHeaderSize + chunk;
    const QByteArray a = file.mid(second, chunk);
    const QByteArray b = file.mid(second + chunk, chunk);
    file.replace(second, chunk, b);
    file.replace(second + chunk, chunk, a);
    const qsizetype end = file.size() - VaultFormat::kTrailerSize;
    file.replace(end, VaultFormat::kTrailerSize, VaultFormat::hash(file.left(end)));
    auto result = VaultFormat::unseal(file, key);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Damaged);
    auto round = VaultFormat::unseal(sealed.value(), key);
    ASSERT_TRUE(round.ok());
    EXPECT_EQ(round.value().view(), plain);
}
