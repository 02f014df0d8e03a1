#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace bearings {

// A move-only block of guarded memory for keys, passphrases and decrypted
// images: sodium_malloc (guard pages, canary), locked against swapping where
// the system allows, and wiped by sodium_free when it goes away.
class SecureBuffer final {
public:
    SecureBuffer() = default;
    // Allocates `size` bytes; check isValid(), the allocation can fail.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // The passphrase as UTF-8 of its NFC form, so that the same words typed
    // through different input methods give the same key. The temporaries
    // made on the way are wiped.
    static SecureBuffer fromPassphrase(const QString &passphrase);
    static SecureBuffer copyOf(const unsigned char *data, std::size_t size);

    bool isValid() const { return m_data != nullptr; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    // A non-owning view for APIs that take a QByteArray; it must not outlive
    // this buffer and must not be modified.
    QByteArray view() const;

    // Constant-time comparison of size and content.
    bool equals(const SecureBuffer &other) const;
    // Wipes and frees the memory; the buffer becomes invalid.
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace bearings
