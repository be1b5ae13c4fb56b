/*
 * A minimal lockstep client for the fib service: one connection, send "N\n", read up to the
 * newline, again, for SECONDS. The yardstick for concdemo's bench: nothing here but the two
 * system calls a round trip needs. Prints: requests, req/s, p50 and p99 round trip in us.
 * Usage: lockstep PORT SECONDS [N]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: lockstep PORT SECONDS [N]\n");
        return 2;
    }
    int port = atoi(argv[1]);
    double seconds = atof(argv[2]);
    char request[32];
    int len = snprintf(request, sizeof request, "%s\n", argc > 3 ? argv[3] : "1");
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        perror("connect");
        return 1;
    }
    size_t cap = 1 << 20, count = 0;
    double *rtt = malloc(cap * sizeof *rtt);
    char buf[256];
    double start = now(), end = start + seconds;
    for (double t = start; t < end; t = now()) {
        if (write(fd, request, len) != len) {
            perror("write");
            return 1;
        }
        for (;;) { /* the answer is short: one read almost always; loop to the newline anyway */
            ssize_t n = read(fd, buf, sizeof buf);
            if (n <= 0) {
                fprintf(stderr, "server closed\n");
                return 1;
            }
            if (memchr(buf, '\n', n)) {
                break;
            }
        }
        if (count == cap) {
            cap *= 2;
            rtt = realloc(rtt, cap * sizeof *rtt);
        }
        rtt[count++] = (now() - t) * 1e6;
    }
    double took = now() - start;
    qsort(rtt, count, sizeof *rtt, cmp);
    printf("%zu %.0f %.1f %.1f\n", count, count / took, rtt[count / 2], rtt[(size_t)(count * 0.99)]);
    return 0;
}
