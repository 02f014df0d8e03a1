#include "PassphraseReader.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace bearings::app {

namespace {

Result<QString> readLine(std::istream &in)
{
    std::string line;
    if (!std::getline(in, line))
        return makeError(ErrorCode::Invalid, PassphraseReader::tr("No passphrase was given on standard input."));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString passphrase = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, PassphraseReader::tr("The passphrase is empty."));
    return passphrase;
}

} // namespace

Result<QString> PassphraseReader::read(bool fromStdin, const QString &prompt)
{
    if (fromStdin)
        return readLine(std::cin);
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        QTextStream(stderr) << prompt << ' ' << Qt::flush;
        termios old {};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        auto result = readLine(std::cin);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        QTextStream(stderr) << '\n';
        return result;
    }
#else
    Q_UNUSED(prompt)
#endif
    return makeError(ErrorCode::Invalid,
        tr("This command needs the vault's passphrase. Add --passphrase-stdin and "
           "write the passphrase on the first line of standard input."));
}

} // namespace bearings::app
