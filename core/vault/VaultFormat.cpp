#include "VaultFormat.h"

#include "vault/KeyDerivation.h"

#include <QList>

#include <sodium.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

static_assert(VaultFormat::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(VaultFormat::kTrailerSize == crypto_generichash_BYTES);
static_assert(sizeof(VaultHeader::streamHeader) == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(KeyDerivation::kKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(VaultFormat::kHeaderSize == 8 + 2 + 1 + 8 + 8 + 16 + 8 + 4 + 24);

// Byte offsets of the header fields (docs/VAULT_FORMAT.md).
constexpr qsizetype kOffVersion = 8;
constexpr qsizetype kOffKdfId = 10;
constexpr qsizetype kOffOps = 11;
constexpr qsizetype kOffMem = 19;
constexpr qsizetype kOffSalt = 27;
constexpr qsizetype kOffGeneration = 43;
constexpr qsizetype kOffChunkSize = 51;
constexpr qsizetype kOffStreamHeader = 55;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

template<typename T> T readLe(const unsigned char *p)
{
    T value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        value |= static_cast<T>(static_cast<T>(p[i]) << (8 * i));
    return value;
}

template<typename T> void writeLe(unsigned char *p, T value)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        p[i] = static_cast<unsigned char>((value >> (8 * i)) & 0xFF);
}

struct Chunk {
    qsizetype offset = 0; // of the ciphertext, after its length prefix
    qsizetype length = 0; // ciphertext length
};

struct Layout {
    VaultHeader header;
    QList<Chunk> chunks;
    qsizetype plaintextSize = 0;
};

VaultHeader decodeHeader(const unsigned char *p)
{
    VaultHeader h;
    h.version = readLe<quint16>(p + kOffVersion);
    h.kdfId = p[kOffKdfId];
    h.kdf.opsLimit = readLe<quint64>(p + kOffOps);
    h.kdf.memLimit = readLe<quint64>(p + kOffMem);
    std::memcpy(h.salt.data(), p + kOffSalt, h.salt.size());
    h.generation = readLe<quint64>(p + kOffGeneration);
    h.chunkSize = readLe<quint32>(p + kOffChunkSize);
    std::memcpy(h.streamHeader.data(), p + kOffStreamHeader, h.streamHeader.size());
    return h;
}

Result<Layout> parse(const QByteArray &file)
{
    const qsizetype size = file.size();
    const unsigned char *p = bytes(file);
    if (size < qsizetype(sizeof VaultFormat::kMagic)
        || std::memcmp(p, VaultFormat::kMagic, sizeof VaultFormat::kMagic) != 0)
        return VaultFormat::notAVault(u"no vault magic (%1 bytes)"_s.arg(size));
    if (size < VaultFormat::kMinFileSize)
        return VaultFormat::damaged(u"truncated: %1 bytes"_s.arg(size));
    if (size > VaultFormat::kMaxFileSize)
        return VaultFormat::damaged(u"too large: %1 bytes"_s.arg(size));

    // Framing: the chunk lengths must tile the space between header and
    // trailer exactly. This costs next to nothing, needs no header field,
    // and catches nearly every truncation before the hash is computed.
    const qsizetype end = size - VaultFormat::kTrailerSize;
    constexpr qsizetype kLargestCipher = qsizetype(VaultFormat::kMaxChunkSize) + VaultFormat::kChunkOverhead;
    Layout layout;
    qsizetype pos = VaultFormat::kHeaderSize;
    while (pos < end) {
        // A chunk followed by another is a full one: at least the smallest
        // chunk size. This also bounds the number of chunks.
        if (!layout.chunks.isEmpty()
            && layout.chunks.last().length < qsizetype(VaultFormat::kMinChunkSize) + VaultFormat::kChunkOverhead)
            return VaultFormat::damaged(u"short chunk before %1"_s.arg(pos));
        if (end - pos < VaultFormat::kChunkLengthSize)
            return VaultFormat::damaged(u"chunk length cut at %1"_s.arg(pos));
        const auto length = qsizetype(readLe<quint32>(p + pos));
        pos += VaultFormat::kChunkLengthSize;
        if (length < VaultFormat::kChunkOverhead || length > kLargestCipher || length > end - pos)
            return VaultFormat::damaged(u"chunk length %1 at %2"_s.arg(length).arg(pos));
        layout.chunks.append({pos, length});
        layout.plaintextSize += length - VaultFormat::kChunkOverhead;
        pos += length;
    }

    // Then the trailer, before any header field is believed: damage anywhere,
    // including to the version or KDF fields, is reported as damage and
    // never reaches the KDF or the key.
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, p, static_cast<unsigned long long>(end), nullptr, 0);
    if (sodium_memcmp(digest, p + end, sizeof digest) != 0)
        return VaultFormat::damaged(u"trailer hash mismatch"_s);

    layout.header = decodeHeader(p);
    const VaultHeader &h = layout.header;
    if (h.version == 0)
        return VaultFormat::damaged(u"version 0"_s);
    if (h.version > VaultFormat::kVersion)
        return makeError(ErrorCode::Unsupported,
            VaultFormat::tr("This vault was made by a newer version of Bearings. Please update Bearings to open it."),
            u"format version %1 > %2"_s.arg(h.version).arg(VaultFormat::kVersion));
    if (h.kdfId != VaultFormat::kKdfArgon2id13)
        return VaultFormat::damaged(u"unknown kdf id %1"_s.arg(h.kdfId));
    if (!h.kdf.withinBounds())
        return VaultFormat::damaged(u"kdf out of bounds: ops %1 mem %2"_s.arg(h.kdf.opsLimit).arg(h.kdf.memLimit));
    if (h.chunkSize < VaultFormat::kMinChunkSize || h.chunkSize > VaultFormat::kMaxChunkSize)
        return VaultFormat::damaged(u"chunk size %1"_s.arg(h.chunkSize));

    // Every chunk but the last holds a full chunk of plaintext; the last
    // holds at least one byte unless it is the only one (an empty image).
    const qsizetype maxCipher = qsizetype(h.chunkSize) + VaultFormat::kChunkOverhead;
    if (layout.chunks.isEmpty())
        return VaultFormat::damaged(u"no chunks"_s);
    for (qsizetype i = 0; i + 1 < layout.chunks.size(); ++i) {
        if (layout.chunks[i].length != maxCipher)
            return VaultFormat::damaged(u"short chunk %1"_s.arg(i));
    }
    if (layout.chunks.last().length > maxCipher)
        return VaultFormat::damaged(u"long final chunk"_s);
    if (layout.chunks.size() > 1 && layout.chunks.last().length == VaultFormat::kChunkOverhead)
        return VaultFormat::damaged(u"empty final chunk"_s);
    return layout;
}

} // namespace

Error VaultFormat::notAVault(const QString &detail)
{
    return makeError(ErrorCode::Damaged, tr("This file is not a Bearings vault."), detail);
}

Error VaultFormat::damaged(const QString &detail)
{
    return makeError(ErrorCode::Damaged,
        tr("The vault file is damaged and cannot be opened. The backup copy may still open."), detail);
}

QByteArray VaultFormat::hash(const QByteArray &data)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), static_cast<size_t>(digest.size()),
        bytes(data), static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
}

QByteArray VaultFormat::encodeHeader(const VaultHeader &h)
{
    QByteArray out(kHeaderSize, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    std::memcpy(p, kMagic, sizeof kMagic);
    writeLe<quint16>(p + kOffVersion, h.version);
    p[kOffKdfId] = h.kdfId;
    writeLe<quint64>(p + kOffOps, h.kdf.opsLimit);
    writeLe<quint64>(p + kOffMem, h.kdf.memLimit);
    std::memcpy(p + kOffSalt, h.salt.data(), h.salt.size());
    writeLe<quint64>(p + kOffGeneration, h.generation);
    writeLe<quint32>(p + kOffChunkSize, h.chunkSize);
    std::memcpy(p + kOffStreamHeader, h.streamHeader.data(), h.streamHeader.size());
    return out;
}

VaultHeader VaultFormat::headerOf(const QByteArray &checkedFile)
{
    Q_ASSERT(checkedFile.size() >= kMinFileSize);
    return decodeHeader(bytes(checkedFile));
}

Result<VaultHeader> VaultFormat::inspect(const QByteArray &file)
{
    auto layout = parse(file);
    if (!layout.ok())
        return layout.error();
    return layout.value().header;
}

Result<QByteArray> VaultFormat::seal(const QByteArray &plaintext, VaultHeader header, const SecureBuffer &key)
{
    if (!key.isValid() || key.size() != KeyDerivation::kKeyBytes)
        return makeError(ErrorCode::Internal, tr("The vault could not be encrypted."), u"no key"_s);
    if (header.chunkSize < kMinChunkSize || header.chunkSize > kMaxChunkSize)
        return makeError(ErrorCode::Internal, tr("The vault could not be encrypted."), u"chunk size"_s);

    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.streamHeader.data(), key.data());
    const QByteArray head = encodeHeader(header);

    const qsizetype total = plaintext.size();
    const qsizetype chunk = header.chunkSize;
    const qsizetype chunks = total == 0 ? 1 : (total + chunk - 1) / chunk;
    if (kHeaderSize + total + chunks * (kChunkLengthSize + kChunkOverhead) + kTrailerSize > kMaxFileSize)
        return makeError(
            ErrorCode::Invalid, tr("The vault has grown too large to be saved."), u"image %1 bytes"_s.arg(total));

    QByteArray out(
        kHeaderSize + total + chunks * (kChunkLengthSize + kChunkOverhead) + kTrailerSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    std::memcpy(o, head.constData(), kHeaderSize);
    qsizetype pos = kHeaderSize;
    qsizetype offset = 0;
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype n = qMin(chunk, total - offset);
        const bool last = i + 1 == chunks;
        writeLe<quint32>(o + pos, static_cast<quint32>(n + kChunkOverhead));
        pos += kChunkLengthSize;
        // The whole header is the associated data of the first chunk, so no
        // header field can be changed without the key noticing.
        crypto_secretstream_xchacha20poly1305_push(&state, o + pos, nullptr, bytes(plaintext) + offset,
            static_cast<unsigned long long>(n), i == 0 ? bytes(head) : nullptr,
            i == 0 ? static_cast<unsigned long long>(kHeaderSize) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        pos += n + kChunkOverhead;
        offset += n;
    }
    sodium_memzero(&state, sizeof state);
    crypto_generichash(o + pos, kTrailerSize, o, static_cast<unsigned long long>(pos), nullptr, 0);
    Q_ASSERT(pos + kTrailerSize == out.size());
    return out;
}

Result<SecureBuffer> VaultFormat::unseal(const QByteArray &file, const SecureBuffer &key)
{
    auto parsed = parse(file);
    if (!parsed.ok())
        return parsed.error();
    const Layout &layout = parsed.value();
    if (!key.isValid() || key.size() != KeyDerivation::kKeyBytes)
        return makeError(ErrorCode::Internal, tr("The vault could not be decrypted."), u"no key"_s);

    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, layout.header.streamHeader.data(), key.data()) != 0)
        return damaged(u"bad stream header"_s);
    SecureBuffer plain(static_cast<std::size_t>(layout.plaintextSize));
    if (!plain.isValid())
        return makeError(ErrorCode::Io, tr("There is not enough memory to open the vault."),
            u"plaintext %1 bytes"_s.arg(layout.plaintextSize));

    const unsigned char *p = bytes(file);
    qsizetype out = 0;
    Status result;
    for (qsizetype i = 0; i < layout.chunks.size(); ++i) {
        const Chunk &c = layout.chunks[i];
        const bool first = i == 0;
        const bool last = i + 1 == layout.chunks.size();
        unsigned long long written = 0;
        unsigned char tag = 0;
        const int rc = crypto_secretstream_xchacha20poly1305_pull(&state, plain.data() + out, &written, &tag,
            p + c.offset, static_cast<unsigned long long>(c.length), first ? p : nullptr,
            first ? static_cast<unsigned long long>(kHeaderSize) : 0);
        if (rc != 0) {
            // The trailer already proved the bytes are as written, so a first
            // chunk that does not authenticate means a different key.
            if (first)
                result = makeError(ErrorCode::WrongPassphrase,
                    tr("That passphrase does not open this vault. Please check it and try again."),
                    u"first chunk does not authenticate"_s);
            else
                result = damaged(u"chunk %1 does not authenticate"_s.arg(i));
            break;
        }
        const unsigned char expected = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                            : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (tag != expected) {
            result = damaged(u"chunk %1 has tag %2"_s.arg(i).arg(tag));
            break;
        }
        out += static_cast<qsizetype>(written);
    }
    sodium_memzero(&state, sizeof state);
    if (!result.ok())
        return result.error();
    Q_ASSERT(out == layout.plaintextSize);
    return plain;
}

} // namespace bearings
