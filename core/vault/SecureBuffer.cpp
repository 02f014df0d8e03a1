#include "SecureBuffer.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace bearings {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (!sodiumReady())
        return;
    // sodium_malloc(0) is valid, but a one-byte region keeps data() non-null
    // for APIs that reject a null pointer even with a zero length.
    void *memory = sodium_malloc(size == 0 ? 1 : size);
    if (!memory)
        return;
    // sodium_malloc already tries to lock the pages; repeating it is harmless
    // and also asks the kernel to leave them out of core dumps. Best effort:
    // a low RLIMIT_MEMLOCK must not stop the app from working.
    (void)sodium_mlock(memory, size == 0 ? 1 : size);
    m_data = static_cast<unsigned char *>(memory);
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data) {
        // sodium_free wipes the region itself (via sodium_munlock); the
        // explicit wipe documents the intent and covers the unlocked case.
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::copyOf(const unsigned char *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (buffer.isValid() && size > 0)
        std::memcpy(buffer.m_data, data, size);
    return buffer;
}

SecureBuffer SecureBuffer::fromPassphrase(const QString &passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    SecureBuffer buffer
        = copyOf(reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    // Both temporaries are unshared copies made here, so writing through
    // data() does not detach and wipes the only copy.
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(normalized.data(), static_cast<std::size_t>(normalized.size()) * sizeof(QChar));
    return buffer;
}

QByteArray SecureBuffer::view() const
{
    if (!m_data)
        return {};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size));
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (!m_data || !other.m_data || m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace bearings
