#pragma once

#include "common/Result.h"
#include "vault/SecureBuffer.h"
#include "vault/VaultHeader.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bearings {

// Reads and writes the vault file format, version 1 (docs/VAULT_FORMAT.md):
// header, the database image in crypto_secretstream chunks, and a BLAKE2b
// trailer over everything before it. Pure functions on byte arrays; no files.
class VaultFormat final {
    Q_DECLARE_TR_FUNCTIONS(bearings::VaultFormat)

public:
    static constexpr char kMagic[8] = {'B', 'R', 'N', 'G', 'V', 'L', 'T', '\0'};
    static constexpr quint16 kVersion = 1;
    static constexpr quint8 kKdfArgon2id13 = 1;
    static constexpr qsizetype kHeaderSize = 79;
    static constexpr qsizetype kChunkLengthSize = 4;
    static constexpr qsizetype kChunkOverhead = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
    static constexpr qsizetype kTrailerSize = 32;
    static constexpr qsizetype kMinFileSize = kHeaderSize + kChunkLengthSize + kChunkOverhead + kTrailerSize;
    static constexpr quint32 kDefaultChunkSize = 64 * 1024;
    static constexpr quint32 kMinChunkSize = 64 * 1024;
    static constexpr quint32 kMaxChunkSize = 1024 * 1024;
    // Larger files are refused before they are read into memory.
    static constexpr qint64 kMaxFileSize = 1024LL * 1024 * 1024;

    // Checks everything that needs no key: size, magic, trailer hash,
    // version, KDF id and bounds, chunk size and the chunk layout. Returns
    // Damaged or Unsupported, never WrongPassphrase.
    static Result<VaultHeader> inspect(const QByteArray &file);

    // Encrypts `plaintext` under `key`; the stream header in `header` is
    // replaced by a fresh random one.
    static Result<QByteArray> seal(const QByteArray &plaintext, VaultHeader header, const SecureBuffer &key);

    // Decrypts a whole file. WrongPassphrase when the first chunk does not
    // authenticate, Damaged for anything wrong after it.
    static Result<SecureBuffer> unseal(const QByteArray &file, const SecureBuffer &key);

    static QByteArray encodeHeader(const VaultHeader &header);
    // The header of a file that inspect() or unseal() has already accepted,
    // without checking it again (no hash).
    static VaultHeader headerOf(const QByteArray &checkedFile);
    // BLAKE2b-256 of `data`: the trailer, and how the vault recognises the
    // file it last wrote.
    static QByteArray hash(const QByteArray &data);

    static Error notAVault(const QString &detail);
    static Error damaged(const QString &detail);
};

} // namespace bearings
