#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets in tests/fuzz (docs/RELIABILITY.md). Each target
// is one LLVMFuzzerTestOneInput, linked either with libFuzzer (fuzz preset,
// clang) or with ReplayMain.cpp (ci and asan presets, the corpus as a test).
namespace bearings::fuzz {

// QSqlDatabase loads its driver as a plugin, which needs an application
// object; made once, on the first input, and kept for the whole run.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "bearings-fuzz";
    static char *argv[] = {name, nullptr};
    static const bool made = [] {
        if (!QCoreApplication::instance()) {
            // Qt's warnings (a driver plugin, a bad date) are noise at
            // thousands of inputs a second; BEARINGS_FUZZ_VERBOSE=1 keeps them.
            if (qEnvironmentVariableIntValue("BEARINGS_FUZZ_VERBOSE") == 0) {
                qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
                    if (type == QtFatalMsg) {
                        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
                        std::abort();
                    }
                });
            }
            new QCoreApplication(argc, argv);
        }
        return true;
    }();
    Q_UNUSED(made);
}

// The input without a copy: libFuzzer's buffer is exactly `size` bytes, so
// AddressSanitizer sees any read past its end (a copy would hide one byte
// behind QByteArray's terminator).
inline QByteArray view(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A broken promise of the code under test (not a sanitizer report): printed
// and turned into a crash, so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// A data loader (questionnaire, templates, checker rules) either accepts a
// file or refuses it as Invalid, saying why. True when it refused.
template<typename T> bool refusedAsInvalid(const Result<T> &loaded)
{
    if (loaded.ok())
        return false;
    require(loaded.error().code == ErrorCode::Invalid, "fromJson: unexpected error code");
    require(!loaded.error().message.isEmpty(), "fromJson: an error without a message");
    return true;
}

// The objects of the list `listKey` of a JSON file, by their "id", to compare
// what a loader made of each with what the file said.
inline QHash<QString, QJsonObject> objectsById(const QByteArray &json, const QString &listKey)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json).object().value(listKey).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

} // namespace bearings::fuzz
