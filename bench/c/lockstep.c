/*
 * A minimal lockstep client for the fib service: on each connection, send "N\n", read up to
 * the newline, again, for SECONDS. The yardstick for concdemo's bench: with one connection,
 * nothing here but the two system calls a round trip needs; with more, one thread keeps each
 * connection in lockstep through epoll (one request in flight per connection). Every answer
 * must be fib(N) (a server answering with error lines once looked fast here). Prints:
 * requests, req/s, p50 and p99 round trip in us.
 * Usage: lockstep PORT SECONDS [N [CONNECTIONS]]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
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

static int dial(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        perror("connect");
        exit(1);
    }
    return fd;
}

static size_t cap = 1 << 20, count = 0;
static char expected[32]; /* fib(N) and its newline */
static size_t expected_len;

/* An answer must be exactly the expected line. */
static void check(const char *buf, size_t n) {
    if ((size_t)n != expected_len || memcmp(buf, expected, expected_len) != 0) {
        fprintf(stderr, "wrong answer: %.*s\n", (int)(n > 120 ? 120 : n), buf);
        exit(1);
    }
}
static double *rtt;

static void record(double us) {
    if (count == cap) {
        cap *= 2;
        rtt = realloc(rtt, cap * sizeof *rtt);
    }
    rtt[count++] = us;
}

static void send_all(int fd, const char *request, int len) {
    if (write(fd, request, len) != len) {
        perror("write");
        exit(1);
    }
}

/* Several connections, each one request in flight, one thread: epoll says whose answer came. */
static void many(int port, int conns, const char *request, int len, double end) {
    int ep = epoll_create1(0);
    int *fds = malloc(conns * sizeof *fds);
    double *sent = malloc(conns * sizeof *sent);
    char(*got)[64] = malloc(conns * sizeof *got); /* each connection's answer so far */
    size_t *have = calloc(conns, sizeof *have);
    for (int i = 0; i < conns; i++) {
        fds[i] = dial(port);
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
        sent[i] = now();
        send_all(fds[i], request, len);
    }
    struct epoll_event evs[64];
    while (now() < end) {
        int ready = epoll_wait(ep, evs, 64, 100);
        for (int e = 0; e < ready; e++) {
            int i = evs[e].data.u32;
            ssize_t n = read(fds[i], got[i] + have[i], sizeof got[i] - have[i]);
            if (n <= 0) {
                fprintf(stderr, "server closed\n");
                exit(1);
            }
            have[i] += n;
            if (!memchr(got[i], '\n', have[i]) && have[i] < sizeof got[i]) {
                continue; /* the rest of the answer comes with the next event */
            }
            check(got[i], have[i]);
            have[i] = 0;
            double t = now();
            record((t - sent[i]) * 1e6);
            sent[i] = t;
            send_all(fds[i], request, len);
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: lockstep PORT SECONDS [N [CONNECTIONS]]\n");
        return 2;
    }
    int port = atoi(argv[1]);
    double seconds = atof(argv[2]);
    char request[32];
    int len = snprintf(request, sizeof request, "%s\n", argc > 3 ? argv[3] : "1");
    int conns = argc > 4 ? atoi(argv[4]) : 1;
    unsigned long long a = 0, b = 1; /* fib(0), fib(1); N is at most 90 */
    for (int i = atoi(argc > 3 ? argv[3] : "1"); i > 0; i--) {
        unsigned long long c = a + b;
        a = b;
        b = c;
    }
    expected_len = snprintf(expected, sizeof expected, "%llu\n", a);
    rtt = malloc(cap * sizeof *rtt);
    double start = now(), end = start + seconds;
    if (conns > 1) {
        many(port, conns, request, len, end);
    } else {
        int fd = dial(port);
        char buf[256];
        for (double t = start; t < end; t = now()) {
            send_all(fd, request, len);
            size_t have = 0;
            do { /* the answer is short: one read almost always; read to the newline anyway */
                ssize_t n = read(fd, buf + have, sizeof buf - have);
                if (n <= 0) {
                    fprintf(stderr, "server closed\n");
                    return 1;
                }
                have += n;
            } while (!memchr(buf, '\n', have) && have < sizeof buf);
            check(buf, have);
            record((now() - t) * 1e6);
        }
    }
    double took = now() - start;
    qsort(rtt, count, sizeof *rtt, cmp);
    printf("%zu %.0f %.1f %.1f\n", count, count / took, rtt[count / 2], rtt[(size_t)(count * 0.99)]);
    return 0;
}
