#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ParkBar"));
    QApplication::setApplicationVersion(QStringLiteral(PARKBAR_VERSION));
    QTextStream(stdout) << "parkbar " << QApplication::applicationVersion() << '\n';
    return 0;
}
