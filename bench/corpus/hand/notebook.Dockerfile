FROM jupyter/scipy-notebook:latest
USER root
RUN apt-get update && apt-get install -y graphviz
USER ${NB_USER}
RUN pip install torch torchvision tensorboard wandb
RUN conda install -y -c conda-forge xgboost lightgbm && conda clean -a -y
ENV WANDB_API_KEY=0123456789abcdef0123456789abcdef01234567
COPY notebooks/ /home/jovyan/work/
COPY data/train.parquet /home/jovyan/work/data/
RUN git clone https://huggingface.co/datasets/imdb /home/jovyan/work/imdb
