#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bearings {

// What went wrong, in kinds that callers act on differently. The command line
// maps them to exit codes (see app/cli/ExitCodes.h); the UI to its messages.
enum class ErrorCode {
    Invalid,         // the input is malformed or out of range
    NotFound,        // the thing asked for does not exist
    Conflict,        // the change clashes with what is stored (duplicate, stale)
    WrongPassphrase, // the vault opened but the key does not fit
    Damaged,         // a file is corrupt, truncated or of an unknown format
    Unsupported,     // a newer format than this version understands
    Io,              // the operating system refused to read or write
    Internal,        // a bug: an invariant does not hold
};

// An error crossing a module boundary. `message` is already translated and
// written for the person using the app; `detail` is for logs and developers.
struct Error final {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
};

// A value or an Error, in the style of qBittorrent's nonstd::expected use.
// No exceptions cross module boundaries in Bearings.
template<typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { } // NOLINT: implicit by design
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { } // NOLINT: implicit by design

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { } // NOLINT: implicit by design

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error {code, std::move(message), std::move(detail)};
}

} // namespace bearings
