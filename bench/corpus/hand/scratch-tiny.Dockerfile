FROM scratch
COPY server /server
USER 65534
EXPOSE 8080
ENTRYPOINT ["/server"]
